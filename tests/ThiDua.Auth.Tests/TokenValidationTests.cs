using System.Net;
using Microsoft.IdentityModel.Tokens;
using System.Security.Cryptography;

namespace ThiDua.Auth.Tests;

/// <summary>Microsoft.Identity.Web validating real JWTs from the stand-in identity provider.</summary>
public class TokenValidationTests(SecuredApiFixture fixture) : IClassFixture<SecuredApiFixture>
{
    public static TheoryData<string> DataEndpoints => new() { "/api/plans", "/api/kpis", "/api/kpis/summary", "/api/units", "/api/units/coverage?year=2024", "/api/me" };

    [Theory]
    [MemberData(nameof(DataEndpoints))]
    public async Task No_token_is_401(string path)
    {
        using var client = fixture.As(null);
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Check_without_a_token_is_401_for_a_signed_in_stranger_403_and_for_a_member_allowed()
    {
        using var anonymous = fixture.As(null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/plans/check", Plan())).StatusCode);
        using var stranger = fixture.As(SecuredApiFixture.Stranger);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.PostAsync("/api/plans/check", Plan())).StatusCode);
        using var officer = fixture.As(SecuredApiFixture.OfficerA);
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync("/api/plans/check", Plan())).StatusCode);
    }

    [Fact]
    public async Task A_valid_token_of_a_member_is_accepted()
    {
        using var client = fixture.As(SecuredApiFixture.Admin);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/plans")).StatusCode);
    }

    public static TheoryData<string> BadTokens => new() { "expired", "wrong-audience", "wrong-issuer", "bad-signature", "not-a-jwt" };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task A_bad_token_is_401(string kind)
    {
        var token = kind switch
        {
            "expired" => fixture.Oidc.Token(SecuredApiFixture.Admin, d =>
            {
                d.IssuedAt = DateTime.UtcNow.AddHours(-3);
                d.NotBefore = DateTime.UtcNow.AddHours(-3);
                d.Expires = DateTime.UtcNow.AddHours(-2);
            }),
            "wrong-audience" => fixture.Oidc.Token(SecuredApiFixture.Admin, d => d.Audience = "api://another-api"),
            "wrong-issuer" => fixture.Oidc.Token(SecuredApiFixture.Admin, d => d.Issuer = "https://login.example.test/other-tenant/v2.0"),
            "bad-signature" => fixture.Oidc.Token(SecuredApiFixture.Admin, d =>
                d.SigningCredentials = new SigningCredentials(new RsaSecurityKey(RSA.Create(2048)) { KeyId = d.SigningCredentials.Key.KeyId }, SecurityAlgorithms.RsaSha256)),
            _ => "not.a.jwt",
        };
        using var client = fixture.Api.ClientWith(token);
        var response = await client.GetAsync("/api/plans");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("Exception", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_token_for_another_scope_is_refused()
    {
        using var client = fixture.Api.ClientWith(fixture.Oidc.Token(SecuredApiFixture.Admin, scope: "User.Read"));
        var response = await client.GetAsync("/api/plans");
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
    }

    [Fact]
    public async Task A_signed_in_user_who_is_no_member_gets_403_on_data()
    {
        using var client = fixture.As(SecuredApiFixture.Stranger);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/plans")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/kpis")).StatusCode);
    }

    private static MultipartFormDataContent Plan()
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(File.ReadAllBytes(Corpus.File("tri-yen-2024-compliant.docx"))), "file", "tri-yen-2024-compliant.docx");
        return form;
    }
}
