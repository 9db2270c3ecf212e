using ThiDua.Plans.Authoring.Sections;
using ThiDua.Plans.Standard;

namespace ThiDua.Plans.Authoring.Catalogue;

/// <summary>
/// The standard sections of a kế hoạch thi đua, khen thưởng in plan order, with the usual wording of such plans (taken
/// from the plans in <c>shared/seeds/</c>: Trí Yên, Tiên Động, Đắk Hà, Hải Anh, Dương Quang) made general by the tokens
/// of <see cref="SectionDefinition.DefaultText"/>. The structure follows Nghị định 30/2020/NĐ-CP (Mẫu 1.4 Phụ lục III)
/// and the house rule STRUCT-SECTIONS (mục đích, yêu cầu; nội dung; tổ chức thực hiện).
/// </summary>
public static class SectionCatalogue
{
    /// <summary>Every section, in plan order.</summary>
    public static IReadOnlyList<SectionDefinition> All { get; } =
    [
        new("phan-dau", "Phần đầu văn bản", "Cơ quan chủ quản, cơ quan ban hành, số và ký hiệu; Quốc hiệu, Tiêu ngữ, địa danh và ngày tháng, trong bảng hai cột không viền.",
            1, false, PlanTags.Header, [SectionParameter.Unit, SectionParameter.Year, SectionParameter.Number, SectionParameter.Date])
        { Content = new HeaderSection() },

        new("ten-loai-trich-yeu", "Tên loại, trích yếu", "“KẾ HOẠCH” và trích yếu nội dung, có đường kẻ dưới trích yếu.",
            2, false, PlanTags.Title, [SectionParameter.Subject])
        { Content = new TitleSection() },

        new("can-cu", "Căn cứ ban hành", "Các căn cứ pháp lý và câu dẫn vào nội dung kế hoạch.",
            3, false, PlanTags.SectionPrefix + "can-cu", [SectionParameter.Unit, SectionParameter.Subject])
        {
            Content = new BodySection("can-cu", null, "Căn cứ ban hành",
            [
                new BasisBlock("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"),
                new BasisBlock("Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng."),
                new TextBlock("{unitName} ban hành Kế hoạch {subjectLower} như sau:"),
            ]),
        },

        new("muc-dich-yeu-cau", "Mục đích, yêu cầu", "Mục đích và yêu cầu của các phong trào thi đua và công tác khen thưởng trong năm.",
            4, true, PlanTags.SectionPrefix + "muc-dich-yeu-cau", [SectionParameter.Unit, SectionParameter.Year, SectionParameter.PreviousHeading])
        {
            Content = new BodySection("muc-dich-yeu-cau", "MỤC ĐÍCH, YÊU CẦU", "",
            [
                new ClauseBlock("Mục đích"),
                new TextBlock("Phát huy truyền thống thi đua yêu nước, khơi dậy lòng tự hào dân tộc, tinh thần đoàn kết, sáng tạo của các tập thể, cá nhân phấn đấu hoàn thành và hoàn thành vượt mức các chỉ tiêu, nhiệm vụ năm {year}, góp phần thực hiện thắng lợi nhiệm vụ chính trị của {level}."),
                new TextBlock("Khuyến khích, động viên cá nhân, tập thể, hộ gia đình hăng hái thi đua; ghi nhận, tôn vinh và khen thưởng kịp thời những tập thể, cá nhân điển hình tiên tiến, gương người tốt, việc tốt trong các phong trào thi đua để biểu dương, tuyên truyền và nhân rộng."),
                new ClauseBlock("Yêu cầu"),
                new TextBlock("Các phong trào thi đua phải phong phú, thiết thực, hiệu quả, không phô trương hình thức; bám sát nhiệm vụ chính trị của từng cơ quan, đơn vị; hướng mạnh về cơ sở, có chủ đề, tên gọi dễ nhớ, có tiêu chí cụ thể, bảo đảm “phát” phải đi đôi với “động”."),
                new TextBlock("Công tác khen thưởng phải bảo đảm chính xác, công khai, minh bạch, kịp thời, đúng đối tượng, đúng thành tích; lựa chọn những tập thể, cá nhân thực sự tiêu biểu để biểu dương, tôn vinh."),
            ]),
        },

        new("noi-dung", "Nội dung thi đua", "Các phong trào thi đua trên từng lĩnh vực: kinh tế, văn hóa - xã hội, quốc phòng - an ninh, xây dựng chính quyền.",
            5, true, PlanTags.SectionPrefix + "noi-dung", [SectionParameter.Unit, SectionParameter.Year, SectionParameter.PreviousHeading])
        {
            Content = new BodySection("noi-dung", "NỘI DUNG THI ĐUA", "",
            [
                new ClauseBlock("Thi đua thực hiện nhiệm vụ phát triển kinh tế"),
                new TextBlock("Thi đua thực hiện hiệu quả nhiệm vụ phát triển kinh tế năm {year}; đẩy mạnh cơ cấu lại ngành nông nghiệp theo hướng sản xuất hàng hóa tập trung, hiệu quả, ứng dụng công nghệ cao; tiếp tục thi đua xây dựng nông thôn mới; huy động và sử dụng hiệu quả các nguồn lực để xây dựng kết cấu hạ tầng kinh tế - xã hội."),
                new ClauseBlock("Thi đua trên lĩnh vực văn hóa - xã hội"),
                new TextBlock("Nâng cao chất lượng dịch vụ y tế, chăm sóc sức khỏe cho Nhân dân; đổi mới, nâng cao chất lượng giáo dục và đào tạo; nâng cao chất lượng phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”; thực hiện tốt các chính sách xã hội, chính sách đối với người có công."),
                new ClauseBlock("Thi đua bảo đảm quốc phòng, an ninh"),
                new TextBlock("Tiếp tục thi đua thực hiện tốt công tác bảo đảm quốc phòng, an ninh; chủ động nắm chắc tình hình, không để bị động bất ngờ; nâng cao chất lượng phong trào “Toàn dân bảo vệ an ninh Tổ quốc”; bảo đảm trật tự an toàn giao thông; chú trọng công tác phòng cháy, chữa cháy."),
                new ClauseBlock("Thi đua xây dựng chính quyền"),
                new TextBlock("Đẩy mạnh cải cách hành chính, chuyển đổi số, xây dựng chính quyền điện tử; đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; nâng cao vai trò, trách nhiệm của người đứng đầu; củng cố khối đại đoàn kết toàn dân, tạo đồng thuận xã hội."),
            ]),
        },

        new("chi-tieu", "Chỉ tiêu thi đua", "Bảng các chỉ tiêu thi đua chủ yếu của năm; mỗi chỉ tiêu một hàng, được ghi lại trong phần dữ liệu của kế hoạch.",
            6, true, PlanTags.SectionPrefix + "chi-tieu", [SectionParameter.Year, SectionParameter.Targets, SectionParameter.PreviousHeading])
        {
            Content = new BodySection("chi-tieu", "CÁC CHỈ TIÊU THI ĐUA CHỦ YẾU", "",
            [
                new TextBlock("Phấn đấu hoàn thành các chỉ tiêu thi đua chủ yếu năm {year} như sau:"),
                new TargetTableBlock(),
            ]),
        },

        new("tien-do", "Tiến độ thực hiện", "Bảng tiến độ theo quý: nội dung công việc, đơn vị thực hiện, thời gian.",
            7, true, PlanTags.SectionPrefix + "tien-do", [SectionParameter.Unit, SectionParameter.Year, SectionParameter.PreviousHeading])
        {
            Content = new BodySection("tien-do", "TIẾN ĐỘ THỰC HIỆN", "",
            [
                new ScheduleTableBlock(
                [
                    new("Tổng kết công tác thi đua, khen thưởng năm trước; ban hành kế hoạch và phát động phong trào thi đua năm {year}.", "Ủy ban nhân dân {level}, Hội đồng Thi đua - Khen thưởng {level}", "Quý I"),
                    new("Tổ chức đăng ký danh hiệu thi đua và ký kết giao ước thi đua năm {year}.", "Các cơ quan, đơn vị", "Quý I"),
                    new("Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm {year}.", "Hội đồng Thi đua - Khen thưởng {level}", "Quý II"),
                    new("Kiểm tra việc thực hiện các phong trào thi đua tại các cơ quan, đơn vị.", "Hội đồng Thi đua - Khen thưởng {level}", "Quý III"),
                    new("Tổng kết công tác thi đua, khen thưởng năm {year}; xét khen thưởng và triển khai nhiệm vụ năm {nextYear}.", "Ủy ban nhân dân {level}, Hội đồng Thi đua - Khen thưởng {level}", "Quý IV"),
                ]),
            ]),
        },

        new("khen-thuong", "Khen thưởng", "Danh hiệu thi đua, hình thức và nguyên tắc khen thưởng.",
            8, true, PlanTags.SectionPrefix + "khen-thuong", [SectionParameter.Unit, SectionParameter.PreviousHeading])
        {
            Content = new BodySection("khen-thuong", "CÔNG TÁC KHEN THƯỞNG", "",
            [
                new ClauseBlock("Danh hiệu thi đua"),
                new TextBlock("Danh hiệu thi đua đối với cá nhân gồm “Lao động tiên tiến”, “Chiến sĩ thi đua cơ sở”; đối với tập thể gồm “Tập thể lao động tiên tiến”, “Tập thể lao động xuất sắc”; đối với hộ gia đình là “Gia đình văn hóa”, thực hiện theo quy định của Luật Thi đua, khen thưởng."),
                new ClauseBlock("Hình thức khen thưởng"),
                new TextBlock("Chủ tịch Ủy ban nhân dân {level} tặng Giấy khen cho tập thể, cá nhân, hộ gia đình có thành tích xuất sắc trong các phong trào thi đua; lựa chọn những tập thể, cá nhân tiêu biểu đề nghị cấp trên khen thưởng."),
                new TextBlock("Quan tâm khen thưởng theo đợt, theo chuyên đề và khen thưởng đột xuất; chú trọng khen thưởng người lao động trực tiếp, tập thể nhỏ, cá nhân ở cơ sở; khen thưởng đúng người, đúng thành tích, tránh khen thưởng tràn lan."),
            ]),
        },

        new("to-chuc-thuc-hien", "Tổ chức thực hiện", "Phân công các cơ quan, đơn vị triển khai kế hoạch, và câu kết thúc kế hoạch.",
            9, true, PlanTags.SectionPrefix + "to-chuc-thuc-hien", [SectionParameter.Unit, SectionParameter.Year, SectionParameter.Subject, SectionParameter.PreviousHeading])
        {
            Content = new BodySection("to-chuc-thuc-hien", "TỔ CHỨC THỰC HIỆN", "",
            [
                new ClauseBlock("Các cơ quan, đơn vị"),
                new TextBlock("Các ngành, cơ quan, đơn vị căn cứ nội dung Kế hoạch này xây dựng kế hoạch, phát động phong trào thi đua phù hợp với tình hình thực tiễn; định kỳ báo cáo kết quả thực hiện 6 tháng đầu năm và tổng kết năm {year} về Ủy ban nhân dân {level}."),
                new ClauseBlock("Ủy ban Mặt trận Tổ quốc và các đoàn thể"),
                new TextBlock("Ủy ban Mặt trận Tổ quốc Việt Nam {level} và các tổ chức chính trị - xã hội vận động đoàn viên, hội viên và Nhân dân tích cực tham gia hưởng ứng các phong trào thi đua yêu nước."),
                new ClauseBlock("Hội đồng Thi đua - Khen thưởng"),
                new TextBlock("Hội đồng Thi đua - Khen thưởng {level} theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tham mưu cho Chủ tịch Ủy ban nhân dân {level} sơ kết, tổng kết và khen thưởng kịp thời các tập thể, cá nhân có thành tích xuất sắc."),
                new TextBlock("Trên đây là Kế hoạch {subjectLower} của {unitName}, đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện./."),
            ]),
        },

        new("noi-nhan-chu-ky", "Nơi nhận, chữ ký", "Nơi nhận và chữ ký của người có thẩm quyền, trong bảng hai cột không viền.",
            10, false, PlanTags.Recipients + " " + PlanTags.Signature, [SectionParameter.Unit])
        { Content = new ClosingSection() },
    ];

    /// <summary>
    /// The usual chỉ tiêu of a thi đua plan when the caller gives none: qualitative ones (no number, so nothing to invent),
    /// worded as in the seeds; codes and sectors from the KPI catalogue of <c>shared/corpus/README.md</c>.
    /// </summary>
    public static IReadOnlyList<TargetSpec> DefaultTargets { get; } =
    [
        new("nong-thon-moi.tieu-chi", "Duy trì và nâng cao chất lượng các tiêu chí xây dựng nông thôn mới", "kinh-te", "maintain", null, ""),
        new("moi-truong.ve-sinh-moi-truong", "Duy trì, thực hiện tốt công tác vệ sinh môi trường trên địa bàn", "moi-truong", "maintain", null, ""),
        new("xa-hoi.chinh-sach-nguoi-co-cong", "Thực hiện tốt các chính sách xã hội, chế độ ưu đãi đối với người có công", "van-hoa-xa-hoi", "", null, ""),
        new("an-ninh.trat-tu-an-toan-xa-hoi", "An ninh trật tự, an toàn xã hội được giữ vững", "quoc-phong-an-ninh", "maintain", null, ""),
        new("chinh-quyen.cai-cach-hanh-chinh", "Thực hiện tốt việc tiếp nhận và trả kết quả một cửa, cải cách hành chính, tiếp công dân", "xay-dung-chinh-quyen", "", null, ""),
    ];

    /// <summary>The section with <paramref name="id"/>, or null.</summary>
    public static SectionDefinition? Find(string id) => All.FirstOrDefault(s => s.Id == id);
}
