export async function benchBrowser(_quick: boolean): Promise<void> {}
