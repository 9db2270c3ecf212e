using System.Text;
using System.Text.Json;

namespace ThiDua.Data.Tests.Infrastructure;

/// <summary>Checks RFC 9457 problem responses: status, media type, error name, Vietnamese NFC title and detail, no internals.</summary>
public static class Problems
{
    /// <summary>Asserts the problem and returns its <c>detail</c>.</summary>
    public static async Task<string> AssertProblem(HttpResponseMessage response, int status, string error)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == (int)response.StatusCode, $"expected {status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("Exception", body);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(error, problem.GetProperty("error").GetString());
        var detail = problem.GetProperty("detail").GetString()!;
        foreach (var text in new[] { problem.GetProperty("title").GetString()!, detail })
        {
            Assert.True(text.IsNormalized(NormalizationForm.FormC));
            Assert.Contains(text.ToLowerInvariant(), c => "ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ".Contains(c));
        }
        return detail;
    }
}
