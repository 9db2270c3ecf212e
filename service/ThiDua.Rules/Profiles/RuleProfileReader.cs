using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;
using ThiDua.Rules.Engine;
using ThiDua.Vietnamese.Capitals;
using ThiDua.Vietnamese.Confusables;

namespace ThiDua.Rules.Profiles;

/// <summary>
/// Reads a rule profile document (<see cref="RuleProfile"/>): the text must be JSON, valid against the JSON Schema shipped
/// with the engine (<see cref="SchemaText"/>, JSON Schema 2020-12), and ask nothing the decree forbids — every rule id must
/// exist, a required rule of Nghị định 30/2020/NĐ-CP (severity error) cannot be turned off or lowered, and every range
/// must lie within the decree's (<see cref="DecreeRanges"/>). Every problem is reported, in Vietnamese, with where it is.
/// </summary>
public static partial class RuleProfileReader
{
    /// <summary>The version of the document format this reader reads (<c>schemaVersion</c>).</summary>
    public const int SchemaVersion = 1;

    /// <summary>Longest profile document accepted, in characters.</summary>
    public const int MaxLength = 256 * 1024;

    private static readonly Lazy<string> schemaText = new(() =>
    {
        using var stream = typeof(RuleProfileReader).Assembly.GetManifestResourceStream("ThiDua.Rules.rule-profile.schema.json")
            ?? throw new InvalidOperationException("Embedded resource rule-profile.schema.json is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    });

    private static readonly Lazy<JsonSchema> schema = new(() =>
        JsonSchema.FromText(SchemaText));

    /// <summary>The JSON Schema of profile documents (<c>Profiles/rule-profile.schema.json</c>), as shipped.</summary>
    public static string SchemaText => schemaText.Value;

    /// <summary>Reads and validates a profile document.</summary>
    /// <exception cref="RuleProfileException">The text is not a usable profile; every problem is listed.</exception>
    public static RuleProfile Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length > MaxLength)
            throw new RuleProfileException($"Hồ sơ quy tắc dài quá {MaxLength / 1024} KB.");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 32, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (dòng {line + 1})" : "";
            throw new RuleProfileException($"Hồ sơ quy tắc không phải JSON hợp lệ{where}.");
        }
        using (document)
        {
            var results = schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            if (!results.IsValid)
                throw new RuleProfileException(SchemaProblems(results).Distinct().ToList() is { Count: > 0 } problems
                    ? problems : ["Hồ sơ quy tắc không đúng cấu trúc."]);
            var profile = document.RootElement.Deserialize(RuleProfileJson.Default.RuleProfile)
                ?? throw new RuleProfileException("Hồ sơ quy tắc trống.");
            var decree = DecreeProblems(profile).ToList();
            if (decree.Count > 0) throw new RuleProfileException(decree);
            return Normalize(profile);
        }
    }

    /// <summary>Reads a profile document from a stream (UTF-8).</summary>
    /// <exception cref="RuleProfileException">The text is not a usable profile.</exception>
    public static RuleProfile Read(Stream utf8)
    {
        using var reader = new StreamReader(utf8, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var buffer = new char[MaxLength + 1];
        var length = reader.ReadBlock(buffer, 0, buffer.Length);
        return Read(new string(buffer, 0, length));
    }

    /// <summary>The document of <paramref name="profile"/>, indented, as a profile file is written.</summary>
    public static string Write(RuleProfile profile) => JsonSerializer.Serialize(profile, RuleProfileJson.Default.RuleProfile);

    /// <summary>The schema's complaints in Vietnamese, each with the place in the document (<c>/sizes/bodyText/min</c>).</summary>
    private static IEnumerable<string> SchemaProblems(EvaluationResults results)
    {
        foreach (var detail in (results.Details ?? []).Append(results))
        {
            if (detail.Errors is not { Count: > 0 } errors) continue;
            var where = detail.InstanceLocation.ToString();
            var at = where.Length == 0 ? "Hồ sơ quy tắc" : $"Tại {where}";
            if (where == "/appliesTo")
            {
                yield return $"{at}: chỉ ghi một trong tỉnh (province), huyện (district) hoặc đơn vị (unit); với huyện hoặc đơn vị có thể ghi thêm tỉnh.";
                continue;
            }
            foreach (var (keyword, message) in errors)
            {
                // Branches of oneOf/anyOf report their own failures too: the combinator's message says it better.
                if (keyword is "$ref") continue;
                yield return keyword switch
                {
                    "required" => $"{at}: thiếu trường bắt buộc {Quoted(message)}.",
                    "additionalProperties" or "unevaluatedProperties" or "false" or "" => $"{at}: có trường không được hỗ trợ{Named(message)}.",
                    "type" => $"{at}: sai kiểu dữ liệu.",
                    "const" when where == "/schemaVersion" => $"Hồ sơ quy tắc phiên bản định dạng khác {SchemaVersion}: hệ thống chỉ đọc phiên bản {SchemaVersion}.",
                    "const" or "enum" => $"{at}: giá trị không thuộc danh sách được phép.",
                    "pattern" or "propertyNames" => $"{at}: sai định dạng.",
                    "minimum" or "maximum" or "exclusiveMinimum" or "exclusiveMaximum" => $"{at}: giá trị ngoài khoảng cho phép.",
                    "minLength" or "maxLength" => $"{at}: độ dài không hợp lệ.",
                    "minItems" or "maxItems" => $"{at}: số phần tử không hợp lệ.",
                    "uniqueItems" => $"{at}: có phần tử lặp lại.",
                    "minProperties" => $"{at}: không được để trống.",
                    "oneOf" or "anyOf" or "not" => $"{at}: không khớp cấu trúc cho phép.",
                    _ => $"{at}: không đúng cấu trúc ({keyword}).",
                };
            }
        }
    }

    /// <summary>What the profile asks that the decree does not allow.</summary>
    private static IEnumerable<string> DecreeProblems(RuleProfile profile)
    {
        foreach (var (id, choice) in profile.Rules ?? new Dictionary<string, RuleChoice>())
        {
            if (RuleDescriptions.Find(id) is not { } rule)
            {
                yield return $"Không có quy tắc mã “{id}”.";
                continue;
            }
            if (rule.Basis != RuleBasis.Decree || rule.Severity != Severity.Error) continue;
            if (choice.Enabled == false)
                yield return $"“{rule.Title}” ({rule.Id}) là yêu cầu bắt buộc của {rule.Clause}: hồ sơ không được tắt quy tắc này.";
            if (choice.Severity is { } severity && severity != Severity.Error)
                yield return $"“{rule.Title}” ({rule.Id}) là lỗi phải sửa trước khi ký theo {rule.Clause}: hồ sơ không được hạ xuống mức {Name(severity)}.";
        }
        foreach (var (key, range) in profile.Sizes ?? new Dictionary<string, NumberRange>())
        {
            var element = ProfileElements.All[key];
            foreach (var problem in Narrowing($"Cỡ chữ {element.Name}", range, DecreeRanges.Size(key), "pt"))
                yield return problem;
        }
        if (profile.Body is { } body)
        {
            if (body.LineSpacing is { Multiple: null, ExactPt: null })
                yield return "Cách dòng phần nội dung: ghi ít nhất một cách giãn dòng (multiple hoặc exactPt).";
            foreach (var problem in Narrowing("Cách dòng phần nội dung (bội số của dòng đơn)", body.LineSpacing?.Multiple, DecreeRanges.LineMultiple, "dòng"))
                yield return problem;
            foreach (var problem in Narrowing("Cách dòng phần nội dung (đúng số pt)", body.LineSpacing?.ExactPt, DecreeRanges.LineExactPt, "pt"))
                yield return problem;
            foreach (var problem in Narrowing("Khoảng cách giữa các đoạn văn", body.ParagraphSpacePt, (DecreeRanges.ParagraphSpaceMinPt, double.PositiveInfinity), "pt"))
                yield return problem;
            foreach (var problem in Narrowing("Lùi đầu dòng", body.FirstLineIndentCm, DecreeRanges.FirstLineIndentCm, "cm"))
                yield return problem;
        }
        if (profile.Margins is { } margins)
        {
            (string Key, string Name, NumberRange? Range)[] sides = [("top", "Lề trên", margins.Top), ("bottom", "Lề dưới", margins.Bottom), ("left", "Lề trái", margins.Left), ("right", "Lề phải", margins.Right)];
            foreach (var (key, name, range) in sides)
                foreach (var problem in Narrowing(name, range, DecreeRanges.MarginsMm[key], "mm"))
                    yield return problem;
        }
        foreach (var problem in ListProblems(profile.Lists)) yield return problem;
    }

    /// <summary>Problems of a narrowed range: a bound outside the decree's range, or the bounds crossed.</summary>
    private static IEnumerable<string> Narrowing(string what, NumberRange? range, (double Min, double Max) decree, string unit)
    {
        if (range is null) yield break;
        var (min, max) = (range.Min ?? decree.Min, range.Max ?? decree.Max);
        if (min < decree.Min || max > decree.Max)
            yield return $"{what} {Range(min, max, unit)} rộng hơn {RuleDescriptions.Decree} cho phép ({Range(decree.Min, decree.Max, unit)}): hồ sơ chỉ được thu hẹp khoảng này, không được nới rộng.";
        else if (min > max)
            yield return $"{what}: giá trị nhỏ nhất ({Number(min)} {unit}) lớn hơn giá trị lớn nhất ({Number(max)} {unit}).";
    }

    private static IEnumerable<string> ListProblems(ProfileLists? lists)
    {
        if (lists is null) yield break;
        foreach (var entry in lists.Confusables ?? [])
        {
            string? problem = null;
            try
            {
                ConfusableWords.Default.With([Confusable(entry)]);
            }
            catch (ArgumentException)
            {
                problem = $"Cặp từ dễ nhầm “{entry.Written}” → “{entry.Meant}”: phần viết sai phải có ít nhất hai tiếng và khác phần đúng.";
            }
            if (problem is not null) yield return problem;
        }
        foreach (var entry in lists.ProperNames ?? [])
        {
            string? problem = null;
            try
            {
                ProperNames.Default.With([ProperName(entry)]);
            }
            catch (ArgumentException)
            {
                problem = $"Tên riêng “{entry.Form}”: các cách viết khác phải là cùng các chữ ấy, chỉ khác chữ hoa.";
            }
            if (problem is not null) yield return problem;
        }
    }

    /// <summary>The profile with its text in NFC, titles of signers and codes in capitals.</summary>
    private static RuleProfile Normalize(RuleProfile p)
    {
        static string N(string s) => s.Trim().Normalize(NormalizationForm.FormC);
        static IReadOnlyList<string>? Upper(IReadOnlyList<string>? list) =>
            list?.Select(s => N(s).ToUpper(CultureInfo.GetCultureInfo("vi-VN"))).Distinct(StringComparer.Ordinal).ToList();
        return p with
        {
            Title = N(p.Title),
            Edition = p.Edition is null ? null : N(p.Edition),
            Source = p.Source is null ? null : N(p.Source),
            AppliesTo = p.AppliesTo is { } s ? new ProfileScope(s.Province is null ? null : N(s.Province), s.District is null ? null : N(s.District), s.Unit is null ? null : N(s.Unit)) : null,
            Rules = p.Rules?.ToDictionary(r => r.Key.ToUpperInvariant(), r => r.Value, StringComparer.OrdinalIgnoreCase),
            Values = p.Values is { } v ? v with
            {
                PlaceName = v.PlaceName is null ? null : N(v.PlaceName),
                IssuerSymbol = v.IssuerSymbol is null ? null : N(v.IssuerSymbol),
                DraftingUnits = Upper(v.DraftingUnits),
                SignerTitles = Upper(v.SignerTitles),
            } : null,
            Lists = p.Lists is { } l ? l with
            {
                SignerTitles = Upper(l.SignerTitles),
                Confusables = l.Confusables?.Select(c => c with { Written = N(c.Written).ToLowerInvariant(), Meant = N(c.Meant).ToLowerInvariant(), Source = N(c.Source) }).ToList(),
                ProperNames = l.ProperNames?.Select(n => n with { Form = N(n.Form), Source = N(n.Source), OtherForms = n.OtherForms?.Select(N).ToList() }).ToList(),
            } : null,
        };
    }

    /// <summary>A profile's slip as the Vietnamese text layer takes it.</summary>
    internal static ConfusablePair Confusable(ConfusableEntry e) =>
        new(e.Written.Trim().Normalize(NormalizationForm.FormC).ToLowerInvariant(), e.Meant.Trim().Normalize(NormalizationForm.FormC).ToLowerInvariant(),
            e.Slip ?? "", e.Source, e.NotAfter?.Select(w => w.ToLowerInvariant()).ToList());

    /// <summary>A profile's name as the Vietnamese text layer takes it.</summary>
    internal static ProperName ProperName(ProperNameEntry e)
    {
        var kind = e.Kind switch
        {
            "award" => ProperNameKind.Award,
            "title" => ProperNameKind.CompetitionTitle,
            "honour" => ProperNameKind.HonourTitle,
            "organisation" => ProperNameKind.Organisation,
            "document" => ProperNameKind.Document,
            _ => ProperNameKind.Holiday,
        };
        var form = e.Form.Trim().Normalize(NormalizationForm.FormC);
        return new ProperName(kind, form, [form, .. (e.OtherForms ?? []).Select(f => f.Trim().Normalize(NormalizationForm.FormC))],
            e.BeforePlace == true ? ProperNameContext.BeforePlace : ProperNameContext.Anywhere, e.Source);
    }

    /// <summary><c>lỗi</c>, <c>cảnh báo</c>, <c>thông tin</c>.</summary>
    public static string Name(Severity severity) => severity switch
    {
        Severity.Error => "lỗi",
        Severity.Warning => "cảnh báo",
        _ => "thông tin",
    };

    private static string Range(double min, double max, string unit) =>
        double.IsPositiveInfinity(max) ? $"từ {Number(min)} {unit} trở lên"
        : min.Equals(max) ? $"{Number(min)} {unit}" : $"{Number(min)}–{Number(max)} {unit}";

    private static string Number(double value) => value.ToString("0.##", CultureInfo.GetCultureInfo("vi-VN"));

    private static string Quoted(string message) =>
        QuotedNames().Matches(message).Select(m => m.Groups[1].Value).ToList() is { Count: > 0 } names ? string.Join(", ", names) : "";

    private static string Named(string message) => Quoted(message) is { Length: > 0 } names ? " " + names : "";

    [GeneratedRegex("\"([^\"]+)\"")]
    private static partial Regex QuotedNames();
}
