using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ThiDua.Service.Features.Submissions;

/// <summary>
/// Reads the attached .docx of a <see cref="SubmissionRequest"/> (a JSON string, base64) straight from the request's UTF-8
/// into one array of the file's exact length: the serializer's own reading decodes into a pooled buffer of the next power
/// of two first (32 MB for a 20 MB file), which the pool then keeps per thread. Escaped text (<c>\/</c>) is left to the
/// serializer. Writes base64.
/// </summary>
public sealed class Base64DocxConverter : JsonConverter<byte[]>
{
    /// <inheritdoc />
    /// <exception cref="JsonException">The value is not a string of base64.</exception>
    public override byte[] Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String || reader.HasValueSequence || reader.ValueIsEscaped)
            return reader.GetBytesFromBase64();
        var base64 = reader.ValueSpan;
        if (base64.Length % 4 != 0) throw NotBase64();
        var padding = base64.Length == 0 ? 0 : base64[^1] != '=' ? 0 : base64[^2] != '=' ? 1 : 2;
        var bytes = new byte[base64.Length / 4 * 3 - padding];
        if (Base64.DecodeFromUtf8(base64, bytes, out var consumed, out var written) != OperationStatus.Done
            || consumed != base64.Length || written != bytes.Length)
            throw NotBase64();
        return bytes;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, byte[] value, JsonSerializerOptions options) => writer.WriteBase64StringValue(value);

    private static JsonException NotBase64() => new("The value is not base64.");

    /// <summary>
    /// Describes a property read by this converter as the serializer's own <c>byte[]</c> is described (a base64 string, null
    /// allowed): the document cannot see through a custom converter and would leave the property without a type.
    /// </summary>
    public static Task DescribeAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo?.CustomConverter is Base64DocxConverter)
        {
            schema.Type = JsonSchemaType.String | JsonSchemaType.Null;
            schema.Format = "byte";
        }
        return Task.CompletedTask;
    }
}
