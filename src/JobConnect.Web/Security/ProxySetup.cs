using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace JobConnect.Web.Security;

/// <summary>
/// Behind a TLS-terminating reverse proxy the app sees plain HTTP from the proxy. It trusts
/// X-Forwarded-For/-Proto only from the proxies named in <c>ForwardedHeaders:KnownProxies</c>
/// (addresses) or <c>ForwardedHeaders:KnownNetworks</c> (CIDR), so cookies stay Secure, HSTS is sent
/// and rate limits count the real client address. Without configuration only loopback is trusted.
/// </summary>
public static class ProxySetup
{
    public const string Section = "ForwardedHeaders";

    public static IServiceCollection AddKnownProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection($"{Section}:KnownProxies").Get<string[]>() ?? [];
        var networks = configuration.GetSection($"{Section}:KnownNetworks").Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            options.ForwardLimit = 1;
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }
            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }
}
