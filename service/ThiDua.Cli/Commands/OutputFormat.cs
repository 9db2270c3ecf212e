using System.CommandLine;

namespace ThiDua.Cli.Commands;

/// <summary>The <c>--format text|json</c> option of <c>check</c> and <c>extract</c>.</summary>
public static class OutputFormat
{
    /// <summary>Readable Vietnamese text (the default).</summary>
    public const string Text = "text";

    /// <summary>A JSON array, one object per file.</summary>
    public const string Json = "json";

    /// <summary>A new option instance (an option belongs to one command).</summary>
    public static Option<string> CreateOption()
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = "Định dạng kết quả: text (báo cáo dễ đọc) hoặc json.",
            DefaultValueFactory = _ => Text,
        };
        option.AcceptOnlyFromAmong(Text, Json);
        return option;
    }
}
