// exceljs for specs: loaded through require, because Playwright's ESM loader fails to link its CommonJS dependency chain.
import { createRequire } from 'node:module';
import type ExcelJSType from 'exceljs';

export const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof ExcelJSType;
