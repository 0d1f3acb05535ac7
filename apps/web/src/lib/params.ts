/** Route and query parameters arrive URL-encoded or repeated; pages want one decoded string. */
export const decodeParam = (value: string) => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

export const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';
