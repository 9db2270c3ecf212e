using System.Text.Json;
using ThiDua.Data.Submissions;
using ThiDua.Plans.Kpis;
using ThiDua.Plans.Model;

namespace ThiDua.Service.Features.Submissions;

/// <summary>Why a JSON submission was refused while it was read: too many chỉ tiêu (422) or an attached file over the limit (413).</summary>
/// <param name="status">422 or 413.</param>
/// <param name="message">The Vietnamese sentence.</param>
public sealed class SubmissionTooLargeException(int status, string message) : Exception(message)
{
    /// <summary>The HTTP status: 422 for too many chỉ tiêu, 413 for the attached file.</summary>
    public int Status { get; } = status;
}

/// <summary>A JSON submission of the wrong shape; the message is Vietnamese (the reader's own JSON errors are not).</summary>
/// <param name="message">What is wrong.</param>
/// <param name="path">Where, as <c>kpis[3].value</c>; null for the whole body.</param>
/// <param name="inner">The serializer's error, if any.</param>
public sealed class SubmissionJsonException(string message, string? path, Exception? inner = null) : JsonException(message, path, null, null, inner);

/// <summary>A JSON submission as read: <see cref="SubmissionRequest"/> with its .docx decoded.</summary>
/// <param name="File">The plan's file name.</param>
/// <param name="Plan">Header and signer data, or null when the body has none.</param>
/// <param name="Kpis">The chỉ tiêu, or null when the body has none.</param>
/// <param name="UnitId">The unit profile id, or null.</param>
/// <param name="Docx">The attached .docx, or null.</param>
public sealed record SubmissionBody(string? File, PlanMetadata? Plan, IReadOnlyList<Target>? Kpis, int? UnitId, byte[]? Docx);

/// <summary>
/// Reads a <see cref="SubmissionRequest"/> from a request body as it arrives, one JSON value at a time: the chỉ tiêu are
/// deserialised one record at a time and reading stops at the first record past <see cref="PlanSubmission.MaxKpis"/>, and
/// the base64 .docx is decoded straight to bytes and refused by its length before it is decoded when it is over the file
/// limit. So a body of millions of records costs the records up to the limit, never the whole body as objects. Unknown
/// members are skipped; nesting deeper than <see cref="MaxDepth"/> is refused. The bytes not yet read into values are kept in
/// one buffer that grows to the largest single value (the base64 .docx), bounded by the request's size limit.
/// </summary>
public sealed class SubmissionJsonReader
{
    /// <summary>Deepest nesting accepted anywhere in the body (a submission needs 4).</summary>
    public const int MaxDepth = 16;

    /// <summary>Longest single value but the attached file (the plan's data, one chỉ tiêu, an unknown member), in bytes: 1 MB.</summary>
    public const int MaxValueBytes = 1024 * 1024;

    private enum Step { Start, Member, Value, Kpis, End }

    private readonly JsonSerializerOptions options;
    private readonly long maxDocxBytes;
    private readonly List<Target> kpis = [];
    private JsonReaderState state;
    private Step step = Step.Start;
    private string member = "";
    private string? file;
    private PlanMetadata? plan;
    private int? unitId;
    private byte[]? docx;
    private bool sawKpis;

    private SubmissionJsonReader(JsonSerializerOptions options, long maxDocxBytes)
    {
        this.options = options;
        this.maxDocxBytes = maxDocxBytes;
        state = new JsonReaderState(new JsonReaderOptions { MaxDepth = MaxDepth });
    }

    /// <summary>Reads the whole submission from <paramref name="body"/>.</summary>
    /// <param name="body">The request body.</param>
    /// <param name="options">The API's JSON options (camelCase, case-insensitive names, enums as strings).</param>
    /// <param name="maxDocxBytes">The largest attached .docx, in bytes (<see cref="Infrastructure.UploadOptions.MaxBytes"/>).</param>
    /// <param name="cancellationToken">The request's.</param>
    /// <exception cref="JsonException">The body is not JSON of this shape, or ends before the document does; <see cref="JsonException.Path"/> says where.</exception>
    /// <exception cref="SubmissionTooLargeException">More than <see cref="PlanSubmission.MaxKpis"/> chỉ tiêu, or a file over <paramref name="maxDocxBytes"/>.</exception>
    /// <param name="declaredLength">The body's declared length, when it has one: the buffer then grows to it in one step
    /// rather than by doubling when a long value (the attached file) needs it.</param>
    public static async Task<SubmissionBody> ReadAsync(
        Stream body, JsonSerializerOptions options, long maxDocxBytes, long? declaredLength, CancellationToken cancellationToken)
    {
        var reader = new SubmissionJsonReader(options, maxDocxBytes);
        var buffer = new byte[16 * 1024];
        var filled = 0;
        var final = false;
        while (reader.step != Step.End)
        {
            if (final) throw new SubmissionJsonException("Nội dung JSON kết thúc giữa chừng", reader.member.Length == 0 ? null : reader.member);
            if (filled == buffer.Length)
            {
                // Doubling copies every size on the way up; a body of known length needs at most that, in one step.
                var doubled = buffer.Length * 2L;
                var size = declaredLength is { } declared && declared > buffer.Length && doubled < declared ? declared : doubled;
                Array.Resize(ref buffer, (int)Math.Min(size, Array.MaxLength));
            }
            var read = await body.ReadAsync(buffer.AsMemory(filled), cancellationToken);
            filled += read;
            final = read == 0;
            var used = (int)reader.Advance(buffer.AsSpan(0, filled), final);
            buffer.AsSpan(used, filled - used).CopyTo(buffer);
            filled -= used;
            reader.RefuseOverlong(filled);
        }
        return new SubmissionBody(reader.file, reader.plan, reader.sawKpis ? reader.kpis : null, reader.unitId, reader.docx);
    }

    /// <summary>
    /// Refuses the value being read when <paramref name="pending"/> bytes of it are already waiting: longer than the base64
    /// of the largest file for <c>docx</c> (413), longer than <see cref="MaxValueBytes"/> for any other value (400).
    /// </summary>
    private void RefuseOverlong(int pending)
    {
        if (step == Step.Value && Is("docx") && pending > (maxDocxBytes + 2) / 3 * 4 + 1024)
            throw new SubmissionTooLargeException(StatusCodes.Status413PayloadTooLarge,
                $"Tệp .docx đính kèm lớn hơn giới hạn {maxDocxBytes / (1024 * 1024)} MB.");
        if (pending > MaxValueBytes && !(step == Step.Value && Is("docx")))
            throw Shape(member, $"Một giá trị trong nội dung JSON dài quá {MaxValueBytes / (1024 * 1024)} MB");
    }

    /// <summary>Reads every complete token of <paramref name="buffer"/> it can; returns how many bytes it used.</summary>
    private long Advance(ReadOnlySpan<byte> buffer, bool final)
    {
        var json = new Utf8JsonReader(buffer, final, state);
        while (step != Step.End)
        {
            var checkpoint = json;
            if (!Next(ref json))
            {
                json = checkpoint;
                break;
            }
        }
        state = json.CurrentState;
        return json.BytesConsumed;
    }

    /// <summary>One step of the document; false when the buffer ends before the step does (nothing of it is then used).</summary>
    private bool Next(ref Utf8JsonReader json)
    {
        switch (step)
        {
            case Step.Start:
                if (!json.Read()) return false;
                if (json.TokenType != JsonTokenType.StartObject) throw Shape("", "Nội dung phải là một đối tượng JSON");
                step = Step.Member;
                return true;
            case Step.Member:
                if (!json.Read()) return false;
                if (json.TokenType == JsonTokenType.EndObject)
                {
                    step = Step.End;
                    return true;
                }
                member = Text(ref json, "");
                step = Step.Value;
                return true;
            case Step.Value:
                return ReadValue(ref json);
            case Step.Kpis:
                return ReadKpi(ref json);
            default:
                return true;
        }
    }

    private bool ReadValue(ref Utf8JsonReader json)
    {
        if (!json.Read()) return false;
        if (Is("kpis") && json.TokenType == JsonTokenType.StartArray)
        {
            sawKpis = true;
            kpis.Clear();
            step = Step.Kpis;
            return true;
        }
        if (Is("docx") && json.TokenType == JsonTokenType.String)
        {
            // The whole string must be in the buffer to decode it; refuse by its length first (4 characters per 3 bytes).
            var length = json.ValueSpan.Length;
            if (length / 4 * 3 > maxDocxBytes + 2)
                throw new SubmissionTooLargeException(StatusCodes.Status413PayloadTooLarge,
                    $"Tệp .docx đính kèm lớn hơn giới hạn {maxDocxBytes / (1024 * 1024)} MB.");
            if (!json.TryGetBytesFromBase64(out var bytes))
                throw Shape("docx", "Trường docx phải là nội dung tệp .docx mã hóa base64");
            docx = bytes.Length == 0 ? null : bytes;
            step = Step.Member;
            return true;
        }
        var probe = json;
        if (!probe.TrySkip()) return false;
        try
        {
            if (Is("file")) file = JsonSerializer.Deserialize<string?>(ref json, options);
            else if (Is("plan")) plan = JsonSerializer.Deserialize<PlanMetadata?>(ref json, options);
            else if (Is("unitId")) unitId = JsonSerializer.Deserialize<int?>(ref json, options);
            else if (Is("docx") && json.TokenType == JsonTokenType.Null) docx = null;
            else if (Is("kpis") && json.TokenType == JsonTokenType.Null) sawKpis = false;
            else if (Is("kpis") || Is("docx")) throw Shape(member, $"Trường {member} không đúng kiểu.");
            else json.Skip();
        }
        catch (JsonException e) when (e is not SubmissionJsonException)
        {
            throw Shape(member + e.Path?.TrimStart('$'), "Nội dung JSON không đọc được", e);
        }
        catch (InvalidOperationException e)
        {
            throw Shape(member, "Nội dung JSON không đọc được", e);
        }
        step = Step.Member;
        return true;
    }

    private bool ReadKpi(ref Utf8JsonReader json)
    {
        if (!json.Read()) return false;
        if (json.TokenType == JsonTokenType.EndArray)
        {
            step = Step.Member;
            return true;
        }
        var probe = json;
        if (!probe.TrySkip()) return false;
        if (kpis.Count == PlanSubmission.MaxKpis)
            throw new SubmissionTooLargeException(StatusCodes.Status422UnprocessableEntity,
                $"Kế hoạch có hơn {PlanSubmission.MaxKpis:N0} chỉ tiêu, vượt giới hạn {PlanSubmission.MaxKpis:N0}.");
        try
        {
            kpis.Add(JsonSerializer.Deserialize<Target>(ref json, options)!);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw Shape($"kpis[{kpis.Count}]{(e as JsonException)?.Path?.TrimStart('$')}", "Nội dung JSON không đọc được", e);
        }
        return true;
    }

    /// <summary>The string token's text; text that is not UTF-8 is refused like any other broken JSON.</summary>
    private static string Text(ref Utf8JsonReader json, string where)
    {
        try
        {
            return json.GetString() ?? "";
        }
        catch (InvalidOperationException e)
        {
            throw Shape(where, "Nội dung JSON có ký tự không phải UTF-8", e);
        }
    }

    private bool Is(string name) => string.Equals(member, name, StringComparison.OrdinalIgnoreCase);

    private static SubmissionJsonException Shape(string path, string message, Exception? inner = null) => new(message, path.Length == 0 ? null : path, inner);
}
