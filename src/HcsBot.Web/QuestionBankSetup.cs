using HcsBot.Core.Banks;

namespace HcsBot.Web;

public sealed class BankOptions
{
    public const string Section = "Bank";

    /// <summary>The folder of *.yaml bank files; relative paths are resolved from the app's folder.</summary>
    public string Path { get; set; } = "content/banks";
}

internal static partial class QuestionBankSetup
{
    /// <summary>
    /// Loads and validates the bank once at start-up. An invalid bank stops the app with every error listed:
    /// a bot that starts with a half-loaded bank would hide questions without anyone noticing.
    /// </summary>
    public static IServiceCollection AddQuestionBank(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(BankOptions.Section).Get<BankOptions>() ?? new BankOptions();
        var folder = System.IO.Path.IsPathRooted(options.Path)
            ? options.Path
            : System.IO.Path.Combine(AppContext.BaseDirectory, options.Path);

        var result = QuestionBankLoader.LoadDirectory(folder);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"The question bank in {folder} is invalid; nothing was loaded. Fix these {result.Errors.Count} problem(s):{Environment.NewLine}"
                + string.Join(Environment.NewLine, result.Errors));
        }

        services.AddSingleton(result.Bank!);
        return services;
    }
}
