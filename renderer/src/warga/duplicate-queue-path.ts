// The path part of Dinsos's duplicate queue under Warga (#/warga/data-ganda): never a person id, which is a UUID.
export const DUPLICATE_QUEUE = 'data-ganda';
