using JobConnect.Application.Features.Accounts;
using JobConnect.Application.Ports;
using Microsoft.Extensions.Options;

namespace JobConnect.Infrastructure.Links;

/// <summary>The configured public address (<c>Accounts:PublicBaseAddress</c>) only: for runs without a user, e.g. the hourly reminders.</summary>
public sealed class ConfiguredAppAddress(IOptions<AccountLinkOptions> options) : IAppAddress
{
    public string? BaseAddress => string.IsNullOrWhiteSpace(options.Value.PublicBaseAddress) ? null : options.Value.PublicBaseAddress.TrimEnd('/');
}
