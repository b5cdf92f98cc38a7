// The little of PouchDB's API the peer benchmark uses; @types/pouchdb-core is not used because it declares a global
// `Buffer` interface that breaks Node's Buffer type across the whole project.
declare module 'pouchdb-core' {
  interface PouchPlugin {
    readonly __pouchPlugin?: never;
  }
  interface PouchInfo {
    doc_count: number;
  }
  interface PouchBulkResult {
    ok?: boolean;
    id?: string;
    error?: string;
  }
  class PouchDB {
    constructor(name: string, options?: { adapter?: string });
    static plugin(plugin: PouchPlugin): typeof PouchDB;
    static replicate(source: PouchDB, target: PouchDB): Promise<{ ok: boolean; docs_written: number }>;
    bulkDocs(docs: readonly object[]): Promise<PouchBulkResult[]>;
    info(): Promise<PouchInfo>;
    destroy(): Promise<unknown>;
  }
  export default PouchDB;
}

declare module 'pouchdb-adapter-memory' {
  const plugin: { readonly __pouchPlugin?: never };
  export default plugin;
}

declare module 'pouchdb-replication' {
  const plugin: { readonly __pouchPlugin?: never };
  export default plugin;
}
