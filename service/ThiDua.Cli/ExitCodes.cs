namespace ThiDua.Cli;

/// <summary>
/// The exit codes of <c>thidua</c>. When several apply, the highest wins: a run in which a file could not be read is
/// incomplete, whatever the other files showed.
/// </summary>
public static class ExitCodes
{
    /// <summary>Every file was processed and no error-level finding exists.</summary>
    public const int Ok = 0;

    /// <summary>At least one error-level finding (<c>check</c>).</summary>
    public const int ErrorFindings = 1;

    /// <summary>Usage error: unknown command or option, missing argument, no .docx file found.</summary>
    public const int Usage = 2;

    /// <summary>At least one file could not be read or processed (not found, not a .docx, encrypted, damaged…); the others were.</summary>
    public const int UnreadableFile = 3;

    /// <summary>An unexpected failure outside any one file.</summary>
    public const int InternalError = 4;

    /// <summary>The Vietnamese help text that explains the codes.</summary>
    public const string Help =
        "Mã thoát: 0 = không có lỗi; 1 = có phát hiện mức lỗi; 2 = sai cú pháp lệnh hoặc không tìm thấy tệp .docx nào; " +
        "3 = có tệp không đọc được (các tệp khác vẫn được xử lý); 4 = lỗi nội bộ.";
}
