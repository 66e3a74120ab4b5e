// The sync server (issue 5) lives here; the desktop works standalone without it.
export {};
