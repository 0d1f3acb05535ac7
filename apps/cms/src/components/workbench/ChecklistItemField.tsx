'use client';
import { RelationshipField, useField, useFormFields } from '@payloadcms/ui';
import type { RelationshipFieldClientComponent } from 'payload';
import { useEffect, useRef } from 'react';

/**
 * The checklist item (清单事项) picker: its options are the chosen category's items (the
 * field's filterOptions), and choosing another category clears an item of the old one rather
 * than leaving a value the server will refuse.
 */
export const ChecklistItemField: RelationshipFieldClientComponent = (props) => {
  const category = useFormFields(([fields]) => fields.category?.value);
  const { value, setValue } = useField({ path: props.path ?? 'checklistItem' });
  const previous = useRef(category);
  useEffect(() => {
    if (String(previous.current ?? '') === String(category ?? '')) return;
    previous.current = category;
    if (value) setValue(null);
  }, [category, value, setValue]);
  return <RelationshipField {...props} />;
};
