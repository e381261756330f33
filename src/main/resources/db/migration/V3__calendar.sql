-- Public holidays of state agencies (Labour Code 2019, art. 111-112); weekends are not stored.
-- kind: FIXED (solar date), LUNAR (lunar date), COMPENSATORY (a holiday fell on a weekend and the
-- day off moves to the next working day, or the government swapped a working day).
-- Lunar dates and the government's choices change every year: administrators check and adjust
-- this table each year against the Prime Minister's decision (through the holiday admin screen).
-- The column is holiday_date, not "day": DAY is a keyword in H2.
CREATE TABLE public_holiday (
    holiday_date DATE         NOT NULL PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    kind         VARCHAR(20)  NOT NULL
);

-- 2025 (Ất Tỵ). Tết as decided: 27/01-31/01 (28 tháng Chạp to mùng 3), off 25/01-02/02 with weekends.
-- 30/4-1/5: Friday 02/05 was swapped; the make-up working Saturday 26/04 cannot be stored here.
INSERT INTO public_holiday (holiday_date, name, kind) VALUES
    (DATE '2025-01-01', 'Tết Dương lịch', 'FIXED'),
    (DATE '2025-01-27', 'Tết Nguyên đán (28 tháng Chạp)', 'LUNAR'),
    (DATE '2025-01-28', 'Tết Nguyên đán (29 tháng Chạp, giao thừa)', 'LUNAR'),
    (DATE '2025-01-29', 'Tết Nguyên đán (mùng 1 tháng Giêng)', 'LUNAR'),
    (DATE '2025-01-30', 'Tết Nguyên đán (mùng 2 tháng Giêng)', 'LUNAR'),
    (DATE '2025-01-31', 'Tết Nguyên đán (mùng 3 tháng Giêng)', 'LUNAR'),
    (DATE '2025-04-07', 'Giỗ Tổ Hùng Vương (10 tháng 3 âm lịch)', 'LUNAR'),
    (DATE '2025-04-30', 'Ngày Chiến thắng (30/4)', 'FIXED'),
    (DATE '2025-05-01', 'Ngày Quốc tế lao động (1/5)', 'FIXED'),
    (DATE '2025-05-02', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)', 'COMPENSATORY'),
    (DATE '2025-09-01', 'Quốc khánh (ngày liền kề)', 'FIXED'),
    (DATE '2025-09-02', 'Quốc khánh (2/9)', 'FIXED');

-- 2026 (Bính Ngọ). Tết is Tuesday 17/02; the lunar month Chạp has 29 days, so Monday 16/02 is
-- giao thừa. As decided: 16/02-20/02, off 14/02-22/02 with weekends. Giỗ Tổ falls on Sunday
-- 26/04, compensated on Monday 27/04. Quốc khánh: 01/09-02/09; Monday 31/08 was swapped, the
-- make-up working Saturday 22/08 cannot be stored here.
INSERT INTO public_holiday (holiday_date, name, kind) VALUES
    (DATE '2026-01-01', 'Tết Dương lịch', 'FIXED'),
    (DATE '2026-02-16', 'Tết Nguyên đán (29 tháng Chạp, giao thừa)', 'LUNAR'),
    (DATE '2026-02-17', 'Tết Nguyên đán (mùng 1 tháng Giêng)', 'LUNAR'),
    (DATE '2026-02-18', 'Tết Nguyên đán (mùng 2 tháng Giêng)', 'LUNAR'),
    (DATE '2026-02-19', 'Tết Nguyên đán (mùng 3 tháng Giêng)', 'LUNAR'),
    (DATE '2026-02-20', 'Tết Nguyên đán (mùng 4 tháng Giêng)', 'LUNAR'),
    (DATE '2026-04-26', 'Giỗ Tổ Hùng Vương (10 tháng 3 âm lịch)', 'LUNAR'),
    (DATE '2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương (trùng Chủ nhật)', 'COMPENSATORY'),
    (DATE '2026-04-30', 'Ngày Chiến thắng (30/4)', 'FIXED'),
    (DATE '2026-05-01', 'Ngày Quốc tế lao động (1/5)', 'FIXED'),
    (DATE '2026-08-31', 'Nghỉ hoán đổi (làm bù thứ Bảy 22/8/2026)', 'COMPENSATORY'),
    (DATE '2026-09-01', 'Quốc khánh (ngày liền kề)', 'FIXED'),
    (DATE '2026-09-02', 'Quốc khánh (2/9)', 'FIXED');

-- 2027 (Đinh Mùi), not yet decided: usual practice assumed. Tết is Saturday 06/02 and Chạp has
-- 29 days, so Friday 05/02 is giao thừa; 05/02-09/02 with mùng 1-2 on the weekend, compensated
-- on 10/02-11/02. 1/5 is a Saturday, compensated on Monday 03/05. Quốc khánh: 02/09 and Friday 03/09.
INSERT INTO public_holiday (holiday_date, name, kind) VALUES
    (DATE '2027-01-01', 'Tết Dương lịch', 'FIXED'),
    (DATE '2027-02-05', 'Tết Nguyên đán (29 tháng Chạp, giao thừa)', 'LUNAR'),
    (DATE '2027-02-06', 'Tết Nguyên đán (mùng 1 tháng Giêng)', 'LUNAR'),
    (DATE '2027-02-07', 'Tết Nguyên đán (mùng 2 tháng Giêng)', 'LUNAR'),
    (DATE '2027-02-08', 'Tết Nguyên đán (mùng 3 tháng Giêng)', 'LUNAR'),
    (DATE '2027-02-09', 'Tết Nguyên đán (mùng 4 tháng Giêng)', 'LUNAR'),
    (DATE '2027-02-10', 'Nghỉ bù Tết Nguyên đán (mùng 1 trùng thứ Bảy)', 'COMPENSATORY'),
    (DATE '2027-02-11', 'Nghỉ bù Tết Nguyên đán (mùng 2 trùng Chủ nhật)', 'COMPENSATORY'),
    (DATE '2027-04-16', 'Giỗ Tổ Hùng Vương (10 tháng 3 âm lịch)', 'LUNAR'),
    (DATE '2027-04-30', 'Ngày Chiến thắng (30/4)', 'FIXED'),
    (DATE '2027-05-01', 'Ngày Quốc tế lao động (1/5)', 'FIXED'),
    (DATE '2027-05-03', 'Nghỉ bù Ngày Quốc tế lao động (trùng thứ Bảy)', 'COMPENSATORY'),
    (DATE '2027-09-02', 'Quốc khánh (2/9)', 'FIXED'),
    (DATE '2027-09-03', 'Quốc khánh (ngày liền kề)', 'FIXED');
