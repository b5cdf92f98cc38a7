// Vite's client types: lets the renderer import CSS files (Mantine's styles) as side effects.
/// <reference types="vite/client" />
