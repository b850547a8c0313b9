import type { Lang } from "./lang.ts";

// Words of the shell shared by every page; modules keep their own texts beside their views.
const vi = {
  tagline: "Dân chủ ở cơ sở",
  skipToContent: "Bỏ qua, đến nội dung chính",
  mainNav: "Điều hướng chính",
  breadcrumbs: "Vị trí trang",
  home: "Trang chủ",
  mine: "Của tôi",
  admin: "Quản trị",
  account: "Tài khoản",
  signIn: "Đăng nhập",
  signOut: "Đăng xuất",
  footer: "Cơ Sở — nền tảng mã nguồn mở thực hiện dân chủ ở cơ sở theo Luật số 10/2022/QH15.",
  fixErrors: "Vui lòng sửa các lỗi sau",
  save: "Lưu",
  notFoundTitle: "Không tìm thấy trang",
  errorTitle: "Đã có lỗi xảy ra",
  forbiddenTitle: "Không có quyền truy cập",
  backHome: "Về trang chủ",
};

const en: typeof vi = {
  tagline: "Grassroots democracy",
  skipToContent: "Skip to main content",
  mainNav: "Main navigation",
  breadcrumbs: "Breadcrumb",
  home: "Home",
  mine: "Mine",
  admin: "Administration",
  account: "Account",
  signIn: "Sign in",
  signOut: "Sign out",
  footer: "Cơ Sở — open-source platform for grassroots democracy under Law 10/2022/QH15.",
  fixErrors: "Please fix the following",
  save: "Save",
  notFoundTitle: "Page not found",
  errorTitle: "Something went wrong",
  forbiddenTitle: "Access denied",
  backHome: "Back to the home page",
};

export const ui = (lang: Lang) => (lang === "en" ? en : vi);
