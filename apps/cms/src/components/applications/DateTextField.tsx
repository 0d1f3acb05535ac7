'use client';
import { TextInput, useField } from '@payloadcms/ui';
import type { TextFieldClientProps } from 'payload';

/**
 * A calendar date kept as YYYY-MM-DD text (a day in China, not an instant), typed with the
 * browser's date picker: Payload's text input with `type="date"`, so labels, errors at the
 * field and read-only states look and behave as every other field.
 */
export const DateTextField = ({ field, path, readOnly }: TextFieldClientProps) => {
  const { value, setValue, showError } = useField<string>({ path });
  return (
    <TextInput
      path={path}
      label={field.label}
      required={field.required}
      description={field.admin?.description}
      readOnly={readOnly}
      showError={showError}
      value={value ?? ''}
      onChange={(event: React.ChangeEvent<HTMLInputElement>) => setValue(event.target.value)}
      // Payload types only autoComplete here; the attributes are spread onto the <input> as given.
      htmlAttributes={{ type: 'date' } as never}
    />
  );
};
