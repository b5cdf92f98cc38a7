// Configures zod once with Indonesian default messages (only that locale, to keep the renderer bundle small).
import { z } from 'zod';
import id from 'zod/v4/locales/id.js';

z.config(id());

export { z };
