using ThiDua.Docx.Package;

namespace ThiDua.Cli.Input;

/// <summary>The one stderr line <c>thidua</c> prints for a file it cannot process: <c>tên-tệp: lỗi: &lt;lý do&gt;</c>.</summary>
public static class FileFailure
{
    /// <summary>The Vietnamese reason for <paramref name="exception"/>: the input problem's message, a file-system message, or an internal error.</summary>
    public static string Reason(Exception exception) => exception switch
    {
        _ when DocxLoader.AsInputException(exception) is { } input => input.Message,
        FileNotFoundException or DirectoryNotFoundException => "không tìm thấy tệp.",
        UnauthorizedAccessException => "không có quyền đọc hoặc ghi tệp.",
        IOException io => "không đọc hoặc ghi được tệp: " + io.Message,
        _ => $"lỗi nội bộ khi xử lý tệp ({exception.GetType().Name}: {exception.Message}).",
    };

    /// <summary>Writes the line for <paramref name="display"/>.</summary>
    public static Task WriteAsync(TextWriter error, string display, Exception exception) =>
        error.WriteLineAsync($"{display}: lỗi: {Reason(exception)}");

    /// <summary>Writes the line for a path that does not exist.</summary>
    public static Task WriteMissingAsync(TextWriter error, string display) =>
        error.WriteLineAsync($"{display}: lỗi: không tìm thấy tệp hoặc thư mục.");
}
