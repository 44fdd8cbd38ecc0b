import { Component, type ReactNode } from 'react';

/**
 * Keeps one failing part of an island from taking the rest down: the part shows `fallback`, and
 * the sections beside it (export, import, erase) keep working. The error goes to the console for
 * whoever investigates.
 */
export default class IslandBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    console.error(error);
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
