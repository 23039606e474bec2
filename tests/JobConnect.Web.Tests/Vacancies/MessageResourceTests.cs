using System.Globalization;
using System.Reflection;
using JobConnect.Application.Features.Employers;
using JobConnect.Application.Features.Vacancies;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace JobConnect.Web.Tests.Vacancies;

/// <summary>Every message key the services return has a German and an English text.</summary>
public sealed class MessageResourceTests
{
    public static TheoryData<string, string> Keys()
    {
        var data = new TheoryData<string, string>();
        foreach (var type in new[] { typeof(VacancyMessages), typeof(EmployerMessages) })
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
            {
                data.Add((string)field.GetRawConstantValue()!, "de-DE");
                data.Add((string)field.GetRawConstantValue()!, "en");
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Message_key_has_a_text(string key, string culture)
    {
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);
        var localizer = factory.Create(typeof(SharedResource));
        CultureInfo.CurrentUICulture = new CultureInfo(culture);

        var text = localizer[key];

        Assert.False(text.ResourceNotFound, $"{key} has no {culture} text.");
        Assert.NotEqual(key, text.Value);
    }
}
