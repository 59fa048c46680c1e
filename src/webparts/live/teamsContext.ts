import { isTeamsTheme, type TeamsTheme } from '../../ui/live/teamsTheme';

/** What the web part takes from Teams: which meeting to open and how to lay it out — never who may do what (DESIGN §12). */
export interface TeamsPlacement {
  /** The Teams meeting's chat id (`19:meeting_…@thread.v2`): the portal's meeting is found by it. */
  threadId: string | null;
  stage: boolean;
  theme: TeamsTheme;
}

/** TeamsJS v2 `app.Context`, the parts used here. */
export interface TeamsAppContext {
  app?: { theme?: string };
  page?: { frameContext?: string };
  chat?: { id?: string };
}

export function placementOf(ctx: TeamsAppContext): TeamsPlacement {
  const theme = ctx.app?.theme;
  return {
    threadId: ctx.chat?.id || null,
    stage: ctx.page?.frameContext === 'meetingStage',
    theme: isTeamsTheme(theme) ? theme : 'default',
  };
}
