using HcsBot.Bot.Hosting;
using HcsBot.Storage;
using HcsBot.Web;

var builder = WebApplication.CreateBuilder(args);

builder.Services
    .AddTableStorage(builder.Configuration)
    .AddQuestionBank(builder.Configuration)
    .AddQuiz(builder.Configuration)
    .AddHcsBot();

var app = builder.Build();

app.MapHealthEndpoint();
app.MapBotMessages();

app.Run();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
