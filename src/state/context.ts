/**
 * Typed contexts for the state classes: App provides them once, a component reads the one it
 * needs. Reading one that was not provided throws (Svelte's createContext), never returns undefined.
 */
import { createContext } from 'svelte';
import type { DataSession } from './dataSession.svelte';
import type { SettingsStore } from './settingsStore.svelte';
import type { ViewState } from './viewState.svelte';

export const [getDataSession, setDataSession] = createContext<DataSession>();
export const [getSettingsStore, setSettingsStore] = createContext<SettingsStore>();
export const [getViewState, setViewState] = createContext<ViewState>();
