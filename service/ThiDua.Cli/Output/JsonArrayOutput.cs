using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ThiDua.Cli.Output;

/// <summary>
/// Writes a JSON array to a text output one element at a time, as the elements arrive, so that a batch never holds
/// every report to print them at the end. The text is exactly what <see cref="CliJson.WriteAsync{T}"/> prints for the
/// whole list (same options: indented, Vietnamese letters unescaped), with the closing line break.
/// </summary>
/// <typeparam name="T">The element type; <see cref="CliJsonContext"/> must list it (directly or as an element of a list).</typeparam>
public sealed class JsonArrayOutput<T> : IDisposable
{
    private readonly TextWriter output;
    private readonly ArrayBufferWriter<byte> buffer = new();
    private readonly Utf8JsonWriter json;
    private readonly JsonTypeInfo<T> typeInfo = CliJson.TypeInfo<T>(CliJson.Options);

    /// <summary>Starts the array on <paramref name="output"/> (nothing is written before the first element or the end).</summary>
    public JsonArrayOutput(TextWriter output)
    {
        this.output = output;
        json = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = CliJson.Options.WriteIndented,
            Encoder = CliJson.Options.Encoder,
        });
        json.WriteStartArray();
    }

    /// <summary>Writes one element.</summary>
    public Task WriteAsync(T element)
    {
        JsonSerializer.Serialize(json, element, typeInfo);
        return FlushAsync();
    }

    /// <summary>Closes the array and ends the line.</summary>
    public async Task EndAsync()
    {
        json.WriteEndArray();
        await FlushAsync();
        await output.WriteLineAsync();
    }

    private Task FlushAsync()
    {
        json.Flush();
        var text = Encoding.UTF8.GetString(buffer.WrittenSpan);
        buffer.ResetWrittenCount();
        return output.WriteAsync(text);
    }

    /// <inheritdoc />
    public void Dispose() => json.Dispose();
}
