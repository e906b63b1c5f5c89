package fr.passerelle.enrollment.port.out;

import fr.passerelle.shared.model.Money;

public record Refund(String id, String paymentId, Money amount, RefundState state) {
}
