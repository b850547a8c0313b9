// Vietnamese names for fictional demo residents; combined by a seeded generator, so the demo is
// the same on every machine.
export const SURNAMES = [
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Hoàng",
  "Huỳnh",
  "Phan",
  "Vũ",
  "Võ",
  "Đặng",
  "Bùi",
  "Đỗ",
  "Hồ",
  "Ngô",
  "Dương",
  "Lý",
  "Đinh",
  "Lò",
  "Hà",
  "Cầm",
];
export const MALE_MIDDLE = [
  "Văn",
  "Đức",
  "Minh",
  "Quang",
  "Hữu",
  "Công",
  "Thành",
  "Xuân",
  "Ngọc",
  "Anh",
];
export const FEMALE_MIDDLE = [
  "Thị",
  "Ngọc",
  "Thu",
  "Thanh",
  "Minh",
  "Hồng",
  "Kim",
  "Phương",
  "Mai",
  "Bích",
];
export const MALE_GIVEN = [
  "An",
  "Bình",
  "Cường",
  "Dũng",
  "Đạt",
  "Hải",
  "Hùng",
  "Khánh",
  "Long",
  "Nam",
  "Phong",
  "Quân",
  "Sơn",
  "Tài",
  "Thắng",
  "Toàn",
  "Trung",
  "Tuấn",
  "Việt",
  "Vinh",
];
export const FEMALE_GIVEN = [
  "Anh",
  "Châu",
  "Dung",
  "Giang",
  "Hà",
  "Hạnh",
  "Hoa",
  "Hương",
  "Lan",
  "Linh",
  "Mai",
  "Nga",
  "Nhung",
  "Oanh",
  "Phượng",
  "Quyên",
  "Thảo",
  "Trang",
  "Vân",
  "Yến",
];
export const STREETS = [
  "Lê Lợi",
  "Trần Phú",
  "Nguyễn Trãi",
  "Hai Bà Trưng",
  "Quang Trung",
  "Lý Thường Kiệt",
  "Bà Triệu",
  "Hùng Vương",
];

/** mulberry32: a tiny deterministic PRNG. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pickOne = <T>(rnd: () => number, list: readonly T[]): T =>
  list[Math.floor(rnd() * list.length)]!;
