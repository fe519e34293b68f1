// The poster is a printed sheet: it ships no JavaScript, and nothing on it needs any.
export const csr = false;
