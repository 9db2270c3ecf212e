using ThiDua.Plans.Authoring;

namespace ThiDua.Plans.Tests.Authoring;

/// <summary>
/// The five issuing units of the corpus (<c>shared/corpus/*.docx</c>): cơ quan, địa danh, người ký and Nơi nhận as their
/// plans show them, with each plan's year and trích yếu.
/// </summary>
public static class CorpusUnits
{
    public sealed record Case(string File, PlanParameters Plan)
    {
        public override string ToString() => File;
    }

    public static readonly IReadOnlyList<Case> All =
    [
        new("tien-dong-2024", new PlanParameters(new UnitProfile(
            "Ủy ban nhân dân xã Tiên Động", "", "Tiên Động", "UBND", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Liệu",
            ["UBND huyện", "Phòng Nội vụ huyện", "Ban Thường vụ Đảng ủy xã", "Thường trực HĐND xã", "Chủ tịch, Phó Chủ tịch UBND xã", "Công chức UBND xã có liên quan"],
            "VP"), 2024, "Triển khai, thực hiện công tác thi đua, khen thưởng năm 2024")),
        // Cơ quan chủ quản as issue 4 names it (the corpus file shows none).
        new("tri-yen-2024", new PlanParameters(new UnitProfile(
            "Ủy ban nhân dân xã Trí Yên", "UBND huyện Yên Dũng", "Trí Yên", "UBND", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Diễn",
            ["Phòng Nội vụ huyện", "Trưởng khối TĐKT khối xã, TT", "TT ĐU, TT HĐND xã", "Chủ tịch, PCT UBND xã", "UB MTTQ và các ngành đoàn thể", "Ban quản lý các thôn"],
            "VP-TK"), 2024, "Phát động các phong trào thi đua năm 2024") { Number = "16", Date = new DateOnly(2024, 2, 1) }),
        // The Hải Anh plan has no name under CHỦ TỊCH; "Nguyễn Văn A" is the customary stand-in name.
        new("hai-anh-2023", new PlanParameters(new UnitProfile(
            "Ủy ban nhân dân xã Hải Anh", "", "Hải Anh", "UBND", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn A",
            ["Ban TĐKT huyện Hải Hậu", "BTV Đảng ủy, TT HĐND xã", "Các ban ngành, đoàn thể xã", "Các cơ sở xóm"],
            "VP"), 2023, "Công tác thi đua khen thưởng năm 2023")),
        new("dak-ha-2024", new PlanParameters(new UnitProfile(
            "Ủy ban nhân dân huyện Đắk Hà", "", "Đắk Hà", "UBND", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hà Tiến",
            ["Sở Nội vụ (b/c)", "Thường trực Huyện ủy (b/c)", "Thường trực HĐND huyện (b/c)", "Chủ tịch, các PCT UBND huyện", "Các cơ quan, ban, ngành, đoàn thể huyện", "UBND các xã, thị trấn"],
            "TĐKT"), 2024, "Triển khai thực hiện công tác thi đua, khen thưởng trên địa bàn huyện Đắk Hà năm 2024")),
        new("duong-quang-2025", new PlanParameters(new UnitProfile(
            "Ủy ban nhân dân xã Dương Quang", "", "Dương Quang", "UBND", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Vũ Quang Sáng",
            ["UBND thị xã", "Ban Thường vụ Đảng ủy", "Thường trực HĐND xã", "Lãnh đạo UBND xã", "Các công chức, ngành đoàn thể", "Trang Thông tin điện tử xã"],
            "VP"), 2025, "Công tác thi đua, khen thưởng năm 2025")),
    ];

    public static TheoryData<string> Files => [.. All.Select(c => c.File)];

    public static Case Get(string file) => All.Single(c => c.File == file);
}
