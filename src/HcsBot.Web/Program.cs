using HcsBot.Web;

HcsBotApp.Build(args).Run();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
