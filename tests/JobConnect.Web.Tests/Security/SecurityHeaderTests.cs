using System.Net;
using JobConnect.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static JobConnect.Web.Tests.Infrastructure.JobConnectFactory;

namespace JobConnect.Web.Tests.Security;

/// <summary>Every kind of answer carries the browser protections (ASVS V3.4): pages, downloads, static files, errors.</summary>
public sealed class SecurityHeaderTests(JobConnectFactory factory) : IClassFixture<JobConnectFactory>
{
    [Theory]
    [InlineData(null, "/account/login")]
    [InlineData(null, "/error")]
    [InlineData(null, "/app.css")]
    [InlineData(null, "/_framework/blazor.web.js")]
    [InlineData(EmployerEmail, "/employer")]
    [InlineData(OrganizerEmail, "/export/vacancies.csv")]
    [InlineData(OrganizerEmail, "/export/vacancies.xlsx")]
    public async Task Each_answer_carries_the_security_headers(string? email, string path)
    {
        var client = factory.CreateBrowserlikeClient();
        if (email is not null)
        {
            await client.SignInAsync(email);
        }

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("script-src 'self';", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Theory]
    [InlineData(EmployerEmail, "/employer")]
    [InlineData(OrganizerEmail, "/export/vacancies.csv")]
    public async Task Pages_and_downloads_with_personal_data_are_not_cached(string email, string path)
    {
        var client = factory.CreateBrowserlikeClient();
        await client.SignInAsync(email);

        var response = await client.GetAsync(path);

        Assert.True(response.Headers.CacheControl?.NoStore, $"{path} may be cached.");
    }

    [Fact]
    public async Task Kestrel_sends_no_server_header()
    {
        var kestrel = factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>>().Value;

        Assert.False(kestrel.AddServerHeader);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{name} is missing on {response.RequestMessage!.RequestUri}.");
}
