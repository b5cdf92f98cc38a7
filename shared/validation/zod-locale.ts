// Configures zod once with Indonesian default messages, and re-exports it for the contract and forms.
import { z } from 'zod';

z.config(z.locales.id());

export { z };
