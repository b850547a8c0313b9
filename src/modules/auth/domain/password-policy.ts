/** A password must be long enough to resist guessing; length matters more than symbols. */
export function passwordProblem(password: string, username?: string): string | null {
  if (password.length < 10) return "Mật khẩu phải có ít nhất 10 ký tự.";
  if (password.length > 200) return "Mật khẩu dài tối đa 200 ký tự.";
  if (username && password.toLowerCase().includes(username.toLowerCase())) {
    return "Mật khẩu không được chứa tên đăng nhập.";
  }
  if (/^(.)\1+$/.test(password)) return "Mật khẩu không được chỉ lặp lại một ký tự.";
  return null;
}
