import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';

/** Longest question `/ask` accepts; Discord enforces it in the client before the bot sees it. */
export const MAX_QUESTION_LENGTH = 500;

/**
 * The slash commands, exactly as sent to Discord's bulk-overwrite endpoint by `npm run discord:register`.
 *
 * @example
 * await rest.put(Routes.applicationGuildCommands(appId, guildId), { body: commands });
 */
export const commands: RESTPostAPIChatInputApplicationCommandsJSONBody[] = [
  {
    type: ApplicationCommandType.ChatInput,
    name: 'ask',
    description: 'Ask a question; the answer quotes the news articles it comes from',
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'question',
        description: 'Your question, e.g. who was sanctioned over the 2020 election?',
        required: true,
        min_length: 1,
        max_length: MAX_QUESTION_LENGTH,
      },
    ],
    integration_types: [ApplicationIntegrationType.GuildInstall],
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  },
  {
    type: ApplicationCommandType.ChatInput,
    name: 'sources',
    description: 'List the news articles the answers are drawn from',
    integration_types: [ApplicationIntegrationType.GuildInstall],
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  },
];
