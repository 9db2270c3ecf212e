using System.Net;
using ThiDua.Auth.Tests.StandIns;

namespace ThiDua.Auth.Tests;

/// <summary>
/// The members the service starts with: in Production each one by object id (a user principal name alone is refused at
/// start); outside Production a member by user principal name is still matched, with the tenant.
/// </summary>
public sealed class MemberConfigurationTests : IAsyncLifetime
{
    private OidcStandIn oidc = null!;

    public async Task InitializeAsync() => oidc = await OidcStandIn.StartAsync();

    public async Task DisposeAsync() => await oidc.DisposeAsync();

    [Fact]
    public async Task Members_given_only_by_user_principal_name_refuse_to_start_in_Production()
    {
        await using var api = new SecuredApiFactory(oidc, [(SecuredApiFixture.Admin, "Admin", null, null)]) { UpnOnlyMembers = true };
        var error = Assert.Throws<InvalidOperationException>(() => api.CreateClient());
        Assert.Contains("Authorization:Members:0", error.Message);
        Assert.Contains("ObjectId", error.Message);
    }

    [Theory]
    [InlineData("ObjectId", "vanthu@triyen.gov.vn", "không phải mã đối tượng")]
    [InlineData("TenantId", "contoso.onmicrosoft.com", "không phải mã tổ chức")]
    public async Task A_member_whose_ids_are_not_guids_refuses_to_start(string key, string value, string message)
    {
        await using var api = new SecuredApiFactory(oidc, [(SecuredApiFixture.Admin, "Admin", null, null)]);
        api.Settings[$"Authorization:Members:0:{key}"] = value;
        var error = Assert.Throws<InvalidOperationException>(() => api.CreateClient());
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public async Task A_multi_tenant_registration_needs_each_members_tenant()
    {
        await using var api = new SecuredApiFactory(oidc, [(SecuredApiFixture.Admin, "Admin", null, null)]);
        api.Settings["AzureAd:TenantId"] = "organizations";
        var error = Assert.Throws<InvalidOperationException>(() => api.CreateClient());
        Assert.Contains("TenantId", error.Message);
    }

    [Fact]
    public async Task Outside_Production_a_member_by_user_principal_name_is_matched_within_the_tenant()
    {
        await using var api = new SecuredApiFactory(oidc, [(SecuredApiFixture.Admin, "Admin", null, null)])
        {
            UpnOnlyMembers = true,
            Environment = "Staging",
        };
        using var member = api.ClientWith(oidc.Token(SecuredApiFixture.Admin));
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync("/api/units")).StatusCode);
        using var otherTenant = api.ClientWith(oidc.Token(SecuredApiFixture.Admin, d => d.Claims["tid"] = Guid.NewGuid().ToString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await otherTenant.GetAsync("/api/units")).StatusCode);
    }
}
