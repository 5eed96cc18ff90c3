import { z } from 'zod';
import { idPattern } from './components';

const slug = z.string().regex(idPattern, 'must be lower-case words joined by hyphens, e.g. "minimax-game"');

export const frontmatterSchema = z
  .object({
    title: z.string().min(1, 'must not be empty'),
    summary: z.string().min(1, 'must not be empty'),
    objectives: z.array(z.string().min(1)).min(1, 'list at least one learning objective'),
    minutes: z.number().int().positive('must be a positive whole number of minutes'),
    prerequisites: z.array(slug).optional(),
    draft: z.boolean().optional(),
  })
  .strict();

export type Frontmatter = z.infer<typeof frontmatterSchema>;

export const courseSchema = z
  .object({
    title: z.string().min(1),
    pitch: z.string().min(1),
    chapters: z.array(slug).min(1),
  })
  .strict();

export type Course = z.infer<typeof courseSchema>;
