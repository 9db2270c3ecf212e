using System.Net.Http.Headers;

namespace ThiDua.Service.Tests.Api;

/// <summary>Multipart bodies as the pane sends them.</summary>
public static class Upload
{
    /// <summary>A form with <paramref name="bytes"/> in the field <paramref name="field"/> (default <c>file</c>), plus extra text fields.</summary>
    public static MultipartFormDataContent Form(byte[] bytes, string fileName = "ke-hoach.docx", string field = "file", params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        form.Add(file, field, fileName);
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        return form;
    }
}
