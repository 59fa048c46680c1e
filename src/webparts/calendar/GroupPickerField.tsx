import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { type IPropertyPaneCustomFieldProps, type IPropertyPaneField, PropertyPaneFieldType } from '@microsoft/sp-property-pane';
import { Label } from '@fluentui/react/lib/Label';
import { TagPicker, type ITag } from '@fluentui/react/lib/Pickers';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { CalendarGroup } from '../../data/graph/types';
import type { WebPartStrings } from '../../ui/strings/webpart';

interface PickerProps {
  label: string;
  value: CalendarGroup[];
  load(): Promise<CalendarGroup[]>;
  strings: WebPartStrings['settings'];
  onChange(groups: CalendarGroup[]): void;
}

/** Fluent UI's TagPicker over the person's Microsoft 365 groups (Graph memberOf). */
function GroupPicker({ label, value, load, strings, onChange }: PickerProps): JSX.Element {
  const [groups, setGroups] = React.useState<CalendarGroup[] | null>(null);
  const [failed, setFailed] = React.useState(false);
  React.useEffect(() => {
    load().then(setGroups, () => setFailed(true));
  }, [load]);
  const toTag = (g: CalendarGroup): ITag => ({ key: g.id, name: g.name });
  const suggest = (filter: string, selected?: ITag[]): ITag[] =>
    (groups ?? [])
      .filter((g) => g.name.toLowerCase().includes(filter.toLowerCase()) && !(selected ?? []).some((s) => s.key === g.id))
      .map(toTag);
  const id = 'politikerportal-group-picker';
  return (
    <div>
      <Label htmlFor={id}>{label}</Label>
      {failed && <MessageBar messageBarType={MessageBarType.warning}>{strings.groupsFailed}</MessageBar>}
      <TagPicker
        inputProps={{ id, 'aria-label': label }}
        selectedItems={value.map(toTag)}
        onResolveSuggestions={suggest}
        onEmptyResolveSuggestions={(selected) => suggest('', selected)}
        pickerSuggestionsProps={{
          suggestionsHeaderText: strings.groupsSuggestions,
          noResultsFoundText: strings.groupsNone,
          loadingText: strings.groupsLoading,
        }}
        onChange={(items) => onChange((items ?? []).map((t) => ({ id: String(t.key), name: t.name })))}
      />
      <p>{strings.groupsHint}</p>
    </div>
  );
}

/** A property pane field holding the chosen group calendars (id and name, so no lookup is needed to show them). */
export function PropertyPaneGroupPicker(
  targetProperty: string,
  options: {
    label: string;
    value: CalendarGroup[];
    load(): Promise<CalendarGroup[]>;
    strings: WebPartStrings['settings'];
    onChanged(groups: CalendarGroup[]): void;
  },
): IPropertyPaneField<IPropertyPaneCustomFieldProps> {
  return {
    type: PropertyPaneFieldType.Custom,
    targetProperty,
    properties: {
      key: `groupPicker-${targetProperty}`,
      onRender: (element) => {
        ReactDOM.render(
          <GroupPicker
            label={options.label}
            value={options.value}
            load={options.load}
            strings={options.strings}
            onChange={options.onChanged}
          />,
          element,
        );
      },
      onDispose: (element) => {
        ReactDOM.unmountComponentAtNode(element);
      },
    },
  };
}
