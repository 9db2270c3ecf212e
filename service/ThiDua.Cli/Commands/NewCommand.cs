using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ThiDua.Cli.Input;
using ThiDua.Cli.Output;
using ThiDua.Plans.Authoring;

namespace ThiDua.Cli.Commands;

/// <summary>
/// <c>thidua new --unit &lt;đơn-vị.json&gt; --year 2024 --subject "…" [--number 16] [--date 2024-02-01]
/// [--sections phan-dau,…] [--targets &lt;chỉ-tiêu.json&gt;] [-o &lt;tệp ra&gt;]</c>: writes a complete new plan, every part
/// tagged and the custom XML part filled (issue 4). The unit file holds a <see cref="UnitProfile"/> in JSON
/// (<c>name</c>, <c>parentBody</c>, <c>placeName</c>, <c>symbol</c>, <c>signerAuthority</c>, <c>signerTitle</c>,
/// <c>signerName</c>, <c>recipients</c>, <c>draftingUnit</c>); the targets file a list of <see cref="TargetSpec"/>.
/// </summary>
public static class NewCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var unit = new Option<string>("--unit", "-u") { Description = "Tệp JSON thông tin đơn vị ban hành (tên, cơ quan chủ quản, địa danh, ký hiệu, người ký, nơi nhận, đơn vị soạn thảo).", Required = true };
        var year = new Option<int>("--year", "-y") { Description = "Năm của kế hoạch.", Required = true };
        var subject = new Option<string>("--subject", "-s") { Description = "Trích yếu của kế hoạch, ví dụ “Công tác thi đua, khen thưởng năm 2024”.", Required = true };
        var number = new Option<string?>("--number") { Description = "Số văn bản (mặc định để trống cho văn thư)." };
        var date = new Option<string?>("--date") { Description = "Ngày ban hành dạng yyyy-MM-dd (mặc định để trống)." };
        var sections = new Option<string?>("--sections") { Description = "Mã các phần cần có, cách nhau bởi dấu phẩy (mặc định: mọi phần trong danh mục)." };
        var targets = new Option<string?>("--targets") { Description = "Tệp JSON danh sách chỉ tiêu (mã, tên, lĩnh vực, so sánh, giá trị, đơn vị); mặc định dùng các chỉ tiêu định tính thường gặp." };
        var output = new Option<string?>("--output", "-o") { Description = "Tệp ghi kết quả (mặc định: ke-hoach-<năm>.docx trong thư mục hiện tại)." };
        var command = new Command("new", "Tạo kế hoạch mới đúng thể thức, các phần đã gắn thẻ và có phần dữ liệu của kế hoạch. " + ExitCodes.Help)
        {
            unit, year, subject, number, date, sections, targets, output,
        };
        command.SetAction((r, token) => RunAsync(context, new Request(r.GetValue(unit)!, r.GetValue(year), r.GetValue(subject)!, r.GetValue(number),
            r.GetValue(date), r.GetValue(sections), r.GetValue(targets), r.GetValue(output)), token));
        return command;
    }

    private sealed record Request(string Unit, int Year, string Subject, string? Number, string? Date, string? Sections, string? Targets, string? Output);

    private static async Task<int> RunAsync(CliContext context, Request request, CancellationToken cancellationToken)
    {
        DateOnly? date = null;
        if (!string.IsNullOrWhiteSpace(request.Date))
        {
            if (!DateOnly.TryParseExact(request.Date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                await context.Error.WriteLineAsync($"thidua: lỗi: ngày “{request.Date}” không đúng dạng yyyy-MM-dd.");
                return ExitCodes.Usage;
            }
            date = d;
        }
        var target = request.Output ?? Path.Combine(Directory.GetCurrentDirectory(), $"ke-hoach-{request.Year}.docx");
        try
        {
            var unit = await ReadJsonAsync<UnitProfile>(request.Unit, cancellationToken);
            var targets = request.Targets is null ? null : await ReadJsonAsync<List<TargetSpec>>(request.Targets, cancellationToken);
            var plan = new PlanParameters(unit, request.Year, request.Subject) { Number = request.Number ?? "", Date = date, Targets = targets };
            var ids = (request.Sections ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var bytes = NewPlanBuilder.Create(plan, ids);
            await File.WriteAllBytesAsync(target, bytes, cancellationToken);
            await context.Output.WriteLineAsync($"Đã ghi {target}: kế hoạch “{plan.Subject.Trim()}” của {unit.Name.Trim()}.");
            return ExitCodes.Ok;
        }
        catch (AuthoringInputException ex)
        {
            await context.Error.WriteLineAsync($"thidua: lỗi: {ex.Message}");
            return ExitCodes.Usage;
        }
        catch (JsonException ex)
        {
            await context.Error.WriteLineAsync($"thidua: lỗi: tệp JSON không đọc được ({ex.Message}).");
            return ExitCodes.Usage;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await FileFailure.WriteAsync(context.Error, ex is FileNotFoundException f ? f.FileName ?? target : target, ex);
            return ExitCodes.UnreadableFile;
        }
    }

    private static async Task<T> ReadJsonAsync<T>(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync(stream, CliJson.TypeInfo<T>(CliJson.Options), cancellationToken)
               ?? throw new AuthoringInputException($"Tệp {path} không có nội dung.");
    }
}
