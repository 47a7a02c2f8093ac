using HcsBot.Bot.Hosting;
using HcsBot.Storage;

namespace HcsBot.Web;

/// <summary>The app's composition, callable from Program.cs and from the load benchmark, which hosts it in-process.</summary>
public static class HcsBotApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);

        builder.Services
            .AddTableStorage(builder.Configuration)
            .AddQuestionBank(builder.Configuration)
            .AddQuiz(builder.Configuration)
            .AddHcsBot();

        var app = builder.Build();
        app.MapHealthEndpoint();
        app.MapBotMessages();
        return app;
    }
}
