using System.Text;
using System.Text.Json;

namespace ThiDua.Service.Tests.Api;

/// <summary>Checks that a response is an RFC 9457 problem in Vietnamese, without internals.</summary>
public static class ProblemAssert
{
    private const string VietnameseLetters = "ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ";

    /// <summary>Asserts status, media type, Vietnamese NFC title and detail, type URI, <c>error</c> name and no stack trace; returns the body.</summary>
    public static async Task<JsonElement> IsProblem(HttpResponseMessage response, int status, string error)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == (int)response.StatusCode, $"expected {status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("   at ", body);
        Assert.DoesNotContain("Exception", body);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.Equal(error, problem.GetProperty("error").GetString());
        Assert.StartsWith("urn:thidua:problem:", problem.GetProperty("type").GetString());
        IsVietnamese(problem.GetProperty("title").GetString());
        IsVietnamese(problem.GetProperty("detail").GetString());
        return problem;
    }

    private static void IsVietnamese(string? text)
    {
        Assert.False(string.IsNullOrWhiteSpace(text));
        Assert.True(text!.IsNormalized(NormalizationForm.FormC), text);
        Assert.True(text.ToLowerInvariant().IndexOfAny(VietnameseLetters.ToCharArray()) >= 0, $"not Vietnamese: {text}");
    }
}
