// SHA-256 of a file the admin picked, computed in the window (Web Crypto), so only the fingerprint crosses the contract.

export async function sha256OfFile(file: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
