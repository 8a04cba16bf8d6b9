/** Stored records that failed their check and were set aside: offered as JSON, then dismissed. */
import { recoveredJson, storedPart, type StoredPart } from '../lib/workspace/storedRecords';
import { clearSetAside, listSetAside, onSetAside, type SetAside } from './store';

class Recovered {
  #items = $state.raw<SetAside[]>([]);

  constructor() {
    onSetAside((items) => (this.#items = items));
  }

  /** The parts of the app that started clean, each named once. */
  get parts(): StoredPart[] {
    return [...new Set(this.#items.map((i) => storedPart(i.key)))];
  }

  async load(): Promise<void> {
    this.#items = await listSetAside();
  }

  json(): Promise<string> {
    return recoveredJson(this.#items);
  }

  async dismiss(): Promise<void> {
    this.#items = [];
    await clearSetAside();
  }
}

export const recovered = new Recovered();
