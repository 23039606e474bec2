using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace JobConnect.Web.Tests.Infrastructure;

/// <summary>The app with a clock the test moves forward.</summary>
public sealed class ClockedFactory : JobConnectFactory
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
}

/// <summary>The app with small sign-in and personal-page limits, so a test reaches them.</summary>
public sealed class LimitedFactory : JobConnectFactory
{
    public const int PermitsPerAddress = 6;
    public const int PermitsPerAccount = 3;
    public const int PersonalPagePermits = 4;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("SignInLimits:PermitsPerAddress", PermitsPerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("SignInLimits:PermitsPerAccount", PermitsPerAccount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("PersonalPageLimits:PermitsPerAddress", PersonalPagePermits.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

/// <summary>The app as production runs it: each authenticator code opens an account once.</summary>
public sealed class SingleUseCodesFactory : JobConnectFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("TwoFactor:RefuseReusedCodes", "true");
    }
}
