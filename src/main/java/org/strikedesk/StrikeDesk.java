package org.strikedesk;

public final class StrikeDesk {
    public static void main(String[] args) {
        System.out.println("hi");
    }
}
