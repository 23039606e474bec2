using System.Net;
using JobConnect.Application.Features.Dashboard;
using JobConnect.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using static JobConnect.Web.Tests.Infrastructure.JobConnectFactory;

namespace JobConnect.Web.Tests.Security;

/// <summary>
/// Behind a TLS-terminating proxy (ASVS V12.2): the forwarded scheme is believed only from the
/// configured proxy, so HSTS is sent for its HTTPS clients and a spoofed header from elsewhere is ignored.
/// </summary>
public sealed class ProxyTests(ProxyFactory factory) : IClassFixture<ProxyFactory>
{
    [Fact]
    public async Task Through_the_known_proxy_https_clients_get_hsts_and_secure_cookies()
    {
        var client = factory.ThroughPeer(ProxyFactory.ProxyAddress);

        var response = await client.GetAsync("/account/login");

        Assert.Contains("max-age=31536000", string.Join(",", response.Headers.GetValues("Strict-Transport-Security")));
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_forwarded_scheme_from_an_unknown_address_is_ignored()
    {
        var client = factory.ThroughPeer("192.0.2.99");

        var response = await client.GetAsync("/account/login");

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }
}

public sealed class ProxyFactory : JobConnectFactory
{
    public const string ProxyAddress = "10.20.30.40";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ForwardedHeaders:KnownProxies:0", ProxyAddress);
    }

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.AddSingleton<IStartupFilter, PeerAddressFilter>();

    /// <summary>A plain-HTTP client whose TCP peer is <paramref name="peer"/>, forwarding an HTTPS request of 198.51.100.7.</summary>
    public HttpClient ThroughPeer(string peer)
    {
        var client = CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            BaseAddress = new Uri("http://jobs.example.org"),
        });
        client.DefaultRequestHeaders.Add(PeerAddressFilter.Header, peer);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.7");
        return client;
    }

    /// <summary>The test server has no TCP connection; this sets the peer address a real one would have.</summary>
    private sealed class PeerAddressFilter : IStartupFilter
    {
        public const string Header = "X-Test-Peer";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(context.Request.Headers[Header].ToString());
                await nextMiddleware();
            });
            next(app);
        };
    }
}

/// <summary>An unexpected exception shows the error page with a reference, never the exception (ASVS V16.5).</summary>
public sealed class ErrorPageTests(FailingFactory factory) : IClassFixture<FailingFactory>
{
    [Fact]
    public async Task A_failing_page_answers_500_with_the_error_page_and_no_details()
    {
        var client = factory.CreateBrowserlikeClient();
        await client.SignInAsync(OrganizerEmail);

        var response = await client.GetAsync("/organizer");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Ein Fehler ist aufgetreten", html);
        Assert.Contains("data-testid=\"request-id\"", html);
        Assert.DoesNotContain(FailingFactory.Secret, html);
        Assert.DoesNotContain("InvalidOperationException", html);
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
    }
}

public sealed class FailingFactory : JobConnectFactory
{
    public const string Secret = "internal detail 4711";

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.AddScoped<GetKeyFigures>(_ => throw new InvalidOperationException(Secret));
}
