// Input length limits shared by the server's zod schemas and the client's form fields, as plain
// numbers so a page can set maxLength without loading zod into the first bundle.
export const inputLimits = {
  username: 64,
  password: 256,
  commentText: 4000,
} as const;
